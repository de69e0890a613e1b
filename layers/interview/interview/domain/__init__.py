"""The interview domain: sessions, question choice, reports and statistics."""
