/**
 * Baselines: raw IndexedDB, in the app's own page and database, doing the
 * least work the same result needs. Runs inside the page through
 * `page.evaluate(idbBaselines, arg)`, so it must not use anything from outside
 * its own body. Returns the milliseconds of the timed part only; opening the
 * connection and preparing rows is not timed (the app keeps its connection open).
 */
export type BaselineArg =
  | { kind: 'home' | 'hours' | 'advocacy' | 'annual'; from: string; to: string }
  | { kind: 'people' | 'export' | 'import' }
  | { kind: 'fees'; year: number }
  | { kind: 'search'; query: string }
  | { kind: 'hoursOfPerson'; name: string; from: string; to: string }
  | { kind: 'grant'; grantName: string }
  | { kind: 'put'; store: string };

export async function idbBaselines(arg: BaselineArg): Promise<number> {
  const req = <T>(r: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const done = (tx: IDBTransaction) =>
    new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  const open = (name: string, version?: number, upgrade?: (db: IDBDatabase) => void) =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(name, version);
      r.onupgradeneeded = () => upgrade?.(r.result);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const db = await open('talkoot');
  const dataStores = Array.from(db.objectStoreNames).filter((n) => !/Rollups$/.test(n));
  const getAll = (store: string, index?: string, range?: IDBKeyRange | IDBValidKey) => {
    const s = db.transaction(store).objectStore(store);
    return req((index ? s.index(index) : s).getAll(range));
  };
  /** A scratch database with the same stores and indexes as the app's. */
  const scratch = async (stores: string[]) => {
    const tx = db.transaction(stores);
    const defs = stores.map((name) => {
      const s = tx.objectStore(name);
      return {
        name,
        keyPath: s.keyPath,
        indexes: Array.from(s.indexNames).map((i) => {
          const ix = s.index(i);
          return { name: i, keyPath: ix.keyPath, unique: ix.unique, multiEntry: ix.multiEntry };
        }),
      };
    });
    await new Promise<void>((resolve) => {
      const r = indexedDB.deleteDatabase('talkoot-bench-scratch');
      r.onsuccess = r.onerror = r.onblocked = () => resolve();
    });
    return open('talkoot-bench-scratch', 1, (sdb) => {
      for (const d of defs) {
        const s = sdb.createObjectStore(d.name, { keyPath: d.keyPath });
        for (const i of d.indexes)
          s.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
      }
    });
  };
  const dropScratch = (sdb: IDBDatabase) => {
    sdb.close();
    return new Promise<void>((resolve) => {
      const r = indexedDB.deleteDatabase('talkoot-bench-scratch');
      r.onsuccess = r.onerror = r.onblocked = () => resolve();
    });
  };

  let ms = 0;
  const t0 = performance.now();
  switch (arg.kind) {
    case 'home':
    case 'hours':
      await getAll('hours', 'date', IDBKeyRange.bound(arg.from, arg.to));
      break;
    case 'advocacy':
    case 'annual': {
      const tx = db.transaction(['hours', 'sessions', 'people', 'impactNotes']);
      const range = IDBKeyRange.bound(arg.from, arg.to);
      await Promise.all([
        req(tx.objectStore('hours').index('date').getAll(range)),
        req(tx.objectStore('sessions').index('date').getAll(range)),
        arg.kind === 'annual'
          ? req(tx.objectStore('people').getAll())
          : req(tx.objectStore('impactNotes').index('date').getAll(range)),
      ]);
      break;
    }
    case 'people':
      await getAll('people');
      break;
    case 'fees':
      await getAll('fees', 'year', arg.year);
      break;
    case 'search': {
      const q = arg.query.toLowerCase();
      const people = (await getAll('people')) as {
        fullName: string;
        homeMunicipality?: string;
        email?: string;
      }[];
      people.filter(
        (p) =>
          p.fullName.toLowerCase().includes(q) ||
          (p.homeMunicipality ?? '').toLowerCase().includes(q) ||
          (p.email ?? '').toLowerCase().includes(q),
      );
      break;
    }
    case 'hoursOfPerson': {
      const people = (await getAll('people')) as { id: string; fullName: string }[];
      const id = people.find((p) => p.fullName === arg.name)!.id;
      const t1 = performance.now();
      await getAll('hours', '[personId+date]', IDBKeyRange.bound([id, arg.from], [id, arg.to]));
      ms = performance.now() - t1;
      break;
    }
    case 'grant': {
      const grants = (await getAll('grants')) as { id: string; name: string }[];
      const id = (grants.find((g) => g.name === arg.grantName) ?? grants[0]!).id;
      const t1 = performance.now();
      await getAll('hours', '[grantId+date]', IDBKeyRange.bound([id, ''], [id, '\uffff']));
      ms = performance.now() - t1;
      break;
    }
    case 'export': {
      const tx = db.transaction(dataStores);
      await Promise.all(dataStores.map((s) => req(tx.objectStore(s).getAll())));
      break;
    }
    case 'put': {
      const sdb = await scratch([arg.store]);
      const cursor = await req(db.transaction(arg.store).objectStore(arg.store).openCursor());
      const row = { ...(cursor!.value as object), id: crypto.randomUUID() };
      const t1 = performance.now();
      const tx = sdb.transaction(arg.store, 'readwrite');
      tx.objectStore(arg.store).put(row);
      await done(tx);
      ms = performance.now() - t1;
      await dropScratch(sdb);
      break;
    }
    case 'import': {
      const tx = db.transaction(dataStores);
      const rows = await Promise.all(dataStores.map((s) => req(tx.objectStore(s).getAll())));
      const sdb = await scratch(dataStores);
      const t1 = performance.now();
      const wtx = sdb.transaction(dataStores, 'readwrite');
      dataStores.forEach((s, i) => {
        const store = wtx.objectStore(s);
        for (const row of rows[i]!) store.put(row);
      });
      await done(wtx);
      ms = performance.now() - t1;
      await dropScratch(sdb);
      break;
    }
  }
  db.close();
  return ms || performance.now() - t0;
}
