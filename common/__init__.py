"""What every room of the station shares: the base error, the message catalog, atomic writes.

This package imports nothing of ours, so `announcements`, `schedules`, `audio_out`,
`upstream` and `broadcaster` can all stand on it.
"""
