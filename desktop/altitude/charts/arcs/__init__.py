"""Charts of the narrative, relationships, functions and reviews."""
