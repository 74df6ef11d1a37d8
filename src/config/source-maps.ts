// Imported first, for its effect alone, by every entry point (CLI, workers, OCR processes, bench).
// tsx turns on Node's source maps, and Node then parses the map of every module it loads:
// pdfjs-dist's 2.4 MB map alone costs each process about 50 MB, and the whole graph up to 100 MB
// (measured with process.memoryUsage before any page). Stack traces are the only thing they serve,
// so they are on only when someone debugging asks for them.
if (process.env.MINUTES_SOURCE_MAPS !== '1') process.setSourceMapsEnabled(false);
