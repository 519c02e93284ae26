// A real IndexedDB implementation (in memory) for every unit test.
import 'fake-indexeddb/auto';
