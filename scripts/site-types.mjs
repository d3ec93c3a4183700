// The content type of a file of the built site, for the small local servers that show it to
// chromium (scripts/downloads/book.mjs, tests/browser/lib.mjs).
import path from "node:path";

const TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".wasm": "application/wasm",
    ".zip": "application/zip",
    ".whl": "application/zip",
    ".css": "text/css",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".woff2": "font/woff2",
    ".woff": "font/woff",
    ".ttf": "font/ttf",
    ".json": "application/json",
};

export function contentType(file) {
    return TYPES[path.extname(file)] || "application/octet-stream";
}
