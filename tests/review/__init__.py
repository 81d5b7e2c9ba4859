"""Tests of warledger.review: what analysts' reviews change when claims are read."""
