"""The Feedback page: themes, your own rating first, what others said, the gaps."""
