"""The competitions' public pages (browse), the applicant's (apply) and the finalist's invitation (soft_landing)."""
