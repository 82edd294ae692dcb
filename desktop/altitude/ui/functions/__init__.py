"""The Functions page: how the other functions work, and how often you meet them."""
