"""When things air: priorities and quiet hours now; slots, recurrence and the rundown next."""
