"""Factdesk's read-only REST API: /api/v1/ (see README, "API")."""
