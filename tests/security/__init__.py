"""Security proofs: each test here backs a promise in docs/security.md."""
