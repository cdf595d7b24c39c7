"""Where the sound goes: sinks (sound card, file, paced null) and amplifier power hooks."""
