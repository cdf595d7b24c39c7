"""The office's roles as the views declare them."""

from office.accounts import OfficeRole

VIEWER = OfficeRole.VIEWER
ADMIN = OfficeRole.ADMIN
