// Before the app's code: ask IndexedDB to open the association's database, so the
// browser loads its files from disk while the app's code is fetched and compiled.
// See docs/performance.md ("Cold start"). Opens whatever version is there and
// creates nothing: a database that does not exist yet is left to the app.
(function warmDatabase(idb, name, closeAfterMs) {
  if (!idb) return;
  var request;
  try {
    request = idb.open(name);
  } catch {
    return;
  }
  request.onupgradeneeded = function () {
    request.transaction.abort();
  };
  request.onerror = function (e) {
    e.preventDefault();
  };
  request.onsuccess = function () {
    var connection = request.result;
    connection.onversionchange = function () {
      connection.close();
    };
    setTimeout(function () {
      connection.close();
    }, closeAfterMs);
  };
})(self.indexedDB, 'talkoot', 5000);
