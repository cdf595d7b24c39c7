"""What is said: scripts and recordings, their spoken form, speech engines and the speech cache."""
