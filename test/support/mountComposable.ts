/**
 * Runs a composable inside a mounted component with no DOM: a renderer whose node operations
 * do nothing, so `onMounted` and `onBeforeUnmount` fire as they do on a page.
 */
import { createRenderer, defineComponent } from "vue";

const noop = () => undefined;
const { createApp } = createRenderer<object, object>({
  patchProp: noop,
  insert: noop,
  remove: noop,
  createElement: () => ({}),
  createText: () => ({}),
  createComment: () => ({}),
  setText: noop,
  setElementText: noop,
  parentNode: () => null,
  nextSibling: () => null,
});

export function mountComposable<T>(use: () => T): { readonly value: T; unmount(): void } {
  let value: T | undefined;
  const app = createApp(
    defineComponent({
      setup() {
        value = use();
        return () => null;
      },
    }),
  );
  app.mount({});
  return { value: value as T, unmount: () => app.unmount() };
}
