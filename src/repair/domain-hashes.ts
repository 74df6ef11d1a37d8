// The domain dictionary's words and their prefixes as string hashes (form-table.ts's FNV-1a), so that
// code which already holds a slice's running hash asks about it without cutting the slice out, and a
// lookup that misses every domain word is told so without hashing the string again for the Map.
import { HASH_START, hashStep } from './form-table.ts';
import { IntHashSet } from './int-hash-set.ts';

export interface DomainHashes {
  /** Hashes of every prefix of a domain word (and of it with a linking -s). */
  prefixes: IntHashSet;
  /** Hashes of the domain words themselves, bare and with -s. */
  words: IntHashSet;
}

const cache = new WeakMap<Map<string, string>, DomainHashes & { size: number }>();
let last: { domain: Map<string, string>; sets: DomainHashes & { size: number } } | undefined;

/** Built once per domain map (again should words have been added to it since). */
export function domainHashSets(domain: Map<string, string>): DomainHashes {
  // Asked for every word looked up: the one lexicon a process uses is answered without the WeakMap.
  if (last?.domain === domain && last.sets.size === domain.size) return last.sets;
  let sets = cache.get(domain);
  if (!sets || sets.size !== domain.size) {
    sets = { prefixes: new IntHashSet(), words: new IntHashSet(), size: domain.size };
    for (const word of domain.keys()) {
      let h = HASH_START;
      for (let k = 0; k < word.length; k++) sets.prefixes.add((h = hashStep(h, word.charCodeAt(k))));
      sets.words.add(h);
      const withS = hashStep(h, 115);
      sets.prefixes.add(withS);
      sets.words.add(withS);
    }
    cache.set(domain, sets);
  }
  last = { domain, sets };
  return sets;
}
