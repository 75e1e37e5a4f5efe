// IndexedDB for the store tests: the extension origin's database, faked in memory per test file.
import 'fake-indexeddb/auto';
