/**
 * A registry derived from one folder per method: `import.meta.glob` gives each
 * `./<method>/<file>` module's loader; a method without the file gets `none`. Each entry
 * loads once, then is read synchronously (so what the server rendered hydrates).
 */
export interface FolderRegistry<T> {
  /** Methods that have the file, by folder name. */
  readonly methods: readonly string[];
  load(method: string): Promise<T>;
  /** Once loaded (at once for a method without the file), or undefined. */
  cached(method: string): T | undefined;
}

export function folderRegistry<M, T>(modules: Readonly<Record<string, () => Promise<M>>>, pick: (module: M) => T, none: T): FolderRegistry<T> {
  const byMethod = new Map(Object.entries(modules).map(([path, load]) => [path.split("/")[1]!, load]));
  const loaded = new Map<string, T>();
  return {
    methods: [...byMethod.keys()],
    async load(method) {
      const cached = loaded.get(method);
      if (cached !== undefined) return cached;
      const load = byMethod.get(method);
      const value = load ? pick(await load()) : none;
      loaded.set(method, value);
      return value;
    },
    cached: (method) => loaded.get(method) ?? (byMethod.has(method) ? undefined : none),
  };
}
