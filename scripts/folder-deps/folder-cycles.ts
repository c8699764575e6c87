/**
 * Cycles between top-level folders. A folder edge is "on a cycle" when both ends sit in one
 * strongly connected component (Tarjan): that set of edges is what the known list records, so a
 * new way of closing a loop is caught even between folders that are already tangled.
 */
import { edgeKey, type FolderGraph } from './folder-graph';

function adjacency(graph: FolderGraph): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const imports of graph.values()) {
    const { from, to } = imports[0]!;
    if (!next.has(from)) next.set(from, []);
    if (!next.has(to)) next.set(to, []);
    next.get(from)!.push(to);
  }
  for (const list of next.values()) list.sort();
  return next;
}

/** Strongly connected components with more than one folder, each sorted, largest first. */
export function tangledFolders(graph: FolderGraph): string[][] {
  const next = adjacency(graph);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of [...next.keys()].sort()) if (!index.has(node)) visit(node);
  return components.sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}

/** Every folder edge that lies on some cycle, as `from -> to`, sorted. */
export function cycleEdges(graph: FolderGraph): string[] {
  const componentOf = new Map<string, number>();
  tangledFolders(graph).forEach((c, i) => c.forEach((folder) => componentOf.set(folder, i)));
  return [...graph.values()]
    .map((imports) => imports[0]!)
    .filter(({ from, to }) => componentOf.has(from) && componentOf.get(from) === componentOf.get(to))
    .map(({ from, to }) => edgeKey(from, to))
    .sort();
}

/** The shortest loop through one edge (`a -> b -> ... -> a`), to show a person why it is a cycle. */
export function loopThrough(graph: FolderGraph, edge: string): string[] {
  const [from, to] = edge.split(' -> ') as [string, string];
  const next = adjacency(graph);
  const cameFrom = new Map<string, string>([[to, '']]);
  const queue = [to];
  while (queue.length) {
    const node = queue.shift()!;
    if (node === from) break;
    for (const n of next.get(node) ?? []) {
      if (!cameFrom.has(n)) {
        cameFrom.set(n, node);
        queue.push(n);
      }
    }
  }
  if (!cameFrom.has(from)) return [];
  const path = [from];
  for (let node = from; node !== to;) {
    node = cameFrom.get(node)!;
    path.unshift(node);
  }
  return [from, ...path];
}
