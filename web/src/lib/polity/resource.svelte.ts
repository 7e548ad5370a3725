import { session } from '$lib/chain/session.svelte';

/** Something read from the chain: its value once loaded, the error if reading failed. */
export interface Resource<value> {
  readonly value: value | undefined;
  readonly error: unknown;
  readonly loading: boolean;
}

/**
 * Reads `load()` now and again after every confirmed transaction (and whenever a reactive value that
 * `load` reads before its first `await` changes). Call it while a component initialises.
 */
export function resource<value>(load: () => Promise<value>): Resource<value> {
  const state = $state<{ value: value | undefined; error: unknown; loading: boolean }>({ value: undefined, error: undefined, loading: true });
  let generation = 0;
  $effect(() => {
    void session.revision;
    const mine = ++generation;
    state.loading = true;
    load()
      .then((value) => {
        if (mine !== generation) return;
        state.value = value;
        state.error = undefined;
      })
      .catch((error: unknown) => {
        if (mine === generation) state.error = error;
      })
      .finally(() => {
        if (mine === generation) state.loading = false;
      });
  });
  return state;
}
