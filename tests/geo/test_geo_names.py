from warledger.geo.distance import haversine_km
from warledger.geo.names import normalise, variants


def test_normalise_folds_accents_apostrophes_and_hyphens() -> None:
    assert normalise("Şuşa") == "susa"
    assert normalise("Stepʻanakert") == "stepanakert"
    assert normalise("Deir ez-Zor") == "deir ez zor"
    assert normalise("  Xankəndi ") == "xankendi"


def test_variants_drop_leading_articles() -> None:
    assert variants("al raqqah") == ("al raqqah", "raqqah")
    assert variants("ash shaddadi") == ("ash shaddadi", "shaddadi")
    assert variants("the hague") == ("the hague", "hague")
    assert variants("alabama") == ("alabama",)


def test_haversine_known_distances() -> None:
    assert abs(haversine_km(0, 0, 0, 1) - 111.19) < 0.1
    # Paris (48.8566, 2.3522) to London (51.5074, -0.1278) is about 344 km.
    assert 340 < haversine_km(48.8566, 2.3522, 51.5074, -0.1278) < 348
    assert haversine_km(10, 20, 10, 20) == 0.0
