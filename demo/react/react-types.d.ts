// The few React APIs demo/react/main.ts uses, typed by hand: the project has no @types/react (React is here only
// for this demo page). Delete this file if @types/react is ever installed.
declare module 'react' {
  export interface ReactElement {
    readonly type: unknown;
    readonly props: unknown;
    readonly key: string | null;
  }
  export type ReactNode = ReactElement | string | number | bigint | boolean | null | undefined | readonly ReactNode[];
  export type FunctionComponent<P = object> = (props: P) => ReactNode;
  export type SetStateAction<S> = S | ((previous: S) => S);
  export function createElement(type: string, props?: Record<string, unknown> | null, ...children: ReactNode[]): ReactElement;
  export function createElement<P extends object>(type: FunctionComponent<P>, props?: P | null, ...children: ReactNode[]): ReactElement;
  export function useState<S>(initial: S | (() => S)): [S, (action: SetStateAction<S>) => void];
  export function useId(): string;
  export const StrictMode: FunctionComponent<{children?: ReactNode}>;
}

declare module 'react-dom/client' {
  import type {ReactNode} from 'react';
  export interface Root {
    render(children: ReactNode): void;
    unmount(): void;
  }
  export function createRoot(container: Element | DocumentFragment): Root;
}
