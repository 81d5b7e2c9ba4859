"""Ray engine: extraction by a pool of Ray actors, on this machine or across a cluster.

Ray schedules, restarts and retries; warledger writes no scheduler of its own. Each
actor builds one ``Extractor`` when it starts (the spaCy pipeline is loaded once per
actor, not per batch) and is created with unlimited restarts and task retries, so a
worker that dies mid-batch is replaced and its batch is run again. That is safe
because extraction is deterministic (claim ids are content hashes) and the store's
batch writes are idempotent (``Store.add_extractions``): a retried batch writes
nothing twice.

Without an address Ray is started here, limited to ``num_cpus`` (default: this
machine's cores) and a small object store; with one (``ray start --head`` on a
node, or a KubeRay service) the driver joins that cluster and the actors are
spread over its nodes. Each node needs the warledger wheel with the pinned spaCy
model installed (see README, "Running on a Ray cluster").
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from warledger.engines.local import DEFAULT_BATCH_SIZE, extract_batch, text_input
from warledger.engines.protocol import DocumentsDone
from warledger.errors import ConfigError
from warledger.extract.pipeline import TextInput
from warledger.model import Claim, Document

OBJECT_STORE_MB = 256
"""Object store of a Ray started here: batches of text and claims are small, and on a
shared machine the default (30% of memory) would take memory the models need."""

ACTOR_OPTIONS: dict[str, Any] = {"num_cpus": 1, "max_restarts": -1, "max_task_retries": -1}
"""Every extraction actor: one core (spaCy holds the GIL), restarted and its calls
retried as often as it dies."""


@contextmanager
def ray_session(
    address: str | None = None,
    num_cpus: int | None = None,
    object_store_mb: int = OBJECT_STORE_MB,
) -> Iterator[None]:
    """Ray connected for the block: joined at ``address``, or started here with ``num_cpus``.

    A Ray already connected in this process (a notebook, a test) is used as it is and
    left running. A Ray that cannot be started or joined is a ``ConfigError`` saying
    what to check; so is a Ray that is not installed (it is the optional ``ray`` extra).
    """
    try:
        import ray
    except ImportError as exc:
        raise ConfigError(
            "the ray engine needs Ray, which is not installed: "
            "pip install 'warledger[ray]' (every node must run the same Ray version)"
        ) from exc

    if ray.is_initialized():
        yield
        return
    options: dict[str, Any] = {
        "include_dashboard": False,
        "logging_level": logging.WARNING,
        "log_to_driver": False,
    }
    if address is None:
        options["num_cpus"] = num_cpus or os.cpu_count() or 1
        options["object_store_memory"] = object_store_mb * 2**20
    try:
        ray.init(address=address, **options)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        where = f"the Ray cluster at {address}" if address else "a local Ray"
        raise ConfigError(
            f"could not start or join {where}: {exc} (check the address given to "
            "--ray-address and that `ray start --head` runs there with the same Ray version)"
        ) from exc
    try:
        yield
    finally:
        ray.shutdown()


def cluster_cpus() -> int:
    """Cores Ray can schedule on, across the nodes of the cluster joined."""
    import ray

    resources: dict[str, float] = ray.cluster_resources()  # type: ignore[no-untyped-call]
    return max(1, int(resources.get("CPU", 1)))


class ExtractionActor:
    """Body of a Ray actor: one pipeline, built when the actor starts, for many batches."""

    def __init__(self, places_file: Path | None = None) -> None:
        self.places_file = places_file
        extract_batch([], places_file)  # build the pipeline now, not inside the first batch

    def extract(self, items: list[TextInput]) -> list[list[Claim]]:
        """Claims of each text of the batch, in order."""
        return extract_batch(items, self.places_file)


class RayEngine:
    """The ``ray`` engine (see ``warledger.engines.protocol``): ``workers`` actors (default:
    one per core of the cluster) that live as long as the ``with`` block.

    ``map`` splits the documents into batches of at most ``batch_size`` and hands them
    to the actors as each becomes free; results come back in input order.
    """

    def __init__(
        self,
        workers: int | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        places_file: Path | None = None,
        address: str | None = None,
        num_cpus: int | None = None,
    ) -> None:
        if batch_size < 1:
            raise ConfigError(f"batch_size must be at least 1, got {batch_size}")
        self.workers = workers
        self.batch_size = batch_size
        self.places_file = places_file
        self.address = address
        self.num_cpus = num_cpus
        self._session: Any = None
        self._actors: list[Any] = []

    def __enter__(self) -> RayEngine:
        import ray

        self._session = ray_session(self.address, self.num_cpus or self.workers)
        self._session.__enter__()
        try:
            count = self.workers or cluster_cpus()
            actor_class = ray.remote(**ACTOR_OPTIONS)(ExtractionActor)
            self._actors = [actor_class.remote(self.places_file) for _ in range(count)]
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the actors and leave (or stop) Ray."""
        import ray

        for actor in self._actors:
            ray.kill(actor)
        self._actors = []
        if self._session is not None:
            session, self._session = self._session, None
            session.__exit__(None, None, None)

    def __call__(self, documents: list[Document]) -> list[list[Claim]]:
        return self.map(documents)

    def map(
        self, documents: Sequence[Document], progress: DocumentsDone | None = None
    ) -> list[list[Claim]]:
        """The claims of each document, in input order."""
        from ray.util import ActorPool

        if not self._actors:
            raise ConfigError("the ray engine is not started; use it in a `with` block")
        items = [text_input(document) for document in documents]
        size = max(1, min(self.batch_size, -(-len(items) // len(self._actors))))
        batches = [items[start : start + size] for start in range(0, len(items), size)]
        pool = ActorPool(self._actors)
        results: list[list[Claim]] = []
        for claims in pool.map(lambda actor, batch: actor.extract.remote(batch), batches):
            results.extend(claims)
            if progress is not None:
                progress(len(results))
        return results
