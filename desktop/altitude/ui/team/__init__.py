"""The team screen: people, their load, growth goals and one-to-ones."""
