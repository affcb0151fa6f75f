"""Column order of every table newsmine writes (the output contract scripts rely on)."""

ENTITIES = ["doc", "entity", "label", "mentions", "first_start", "aliases"]
MENTIONS = ["doc", "start", "end", "text", "label", "entity"]
PLACES = ["doc", "place", "kind", "country_code", "country", "lat", "lon", "mentions", "aliases"]
PLACE_MENTIONS = ["doc", "start", "end", "text", "place", "kind", "country_code", "lat", "lon"]
FIGURES = ["doc", "start", "end", "text", "value", "value_max", "qualifier", "unit", "object", "kind",
           "sentence"]
QUOTES = ["doc", "start", "end", "quote", "type", "speaker", "speaker_text", "speaker_start",
          "speaker_end", "cue", "cue_start", "cue_end"]
DOCUMENTS = ["doc", "title", "chars", "words", "status", "error"]
