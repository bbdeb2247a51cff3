"""The web face's pages, one router per family, each page with its `.json` twin."""
