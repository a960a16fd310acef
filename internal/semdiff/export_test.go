package semdiff

// WriteMarkdownLimit is WriteMarkdown with another comment limit, so tests
// can cut a real diff without making one of 65,536 characters.
var WriteMarkdownLimit = writeMarkdown
