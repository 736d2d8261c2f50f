// Rewriting a YAML document in place so that it holds new data while every comment, key order and scalar
// style of the parts that did not change survives: a state file people also edit by hand and review in
// pull requests should show only the lines that changed.
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';

/** Makes `doc` hold `data`. Unchanged scalars keep their node (and so their comments and quoting). */
export function updateDocument(doc: Document, data: unknown): void {
  doc.contents = updateNode(doc, doc.contents as Node | null, data) as typeof doc.contents;
}

function updateNode(doc: Document, node: Node | null, data: unknown): Node {
  if (isPlainObject(data) && isMap(node)) {
    const keys = Object.keys(data);
    // An empty collection is written `{}`; once it has content, block style reads better in a diff.
    if (node.flow && node.items.length === 0 && keys.length > 0) node.flow = false;
    node.items = node.items.filter((pair) => keys.includes(keyText(pair.key)));
    for (const key of keys) {
      const pair = node.items.find((p) => keyText(p.key) === key);
      const value = data[key];
      if (pair) pair.value = updateNode(doc, pair.value as Node | null, value);
      else node.items.push(doc.createPair(key, value));
    }
    return node;
  }
  if (Array.isArray(data) && isSeq(node)) {
    if (node.flow && node.items.length === 0 && data.length > 0) node.flow = false;
    node.items = data.map((value, i) => updateNode(doc, (node.items[i] as Node | undefined) ?? null, value));
    return node;
  }
  if (isScalar(node) && !isPlainObject(data) && !Array.isArray(data)) {
    if (node.value !== data) {
      node.value = data;
      // A new value may not fit the old style (a plain scalar cannot hold a newline): let the library choose.
      node.type = undefined;
    }
    return node;
  }
  const created = doc.createNode(data) as Node;
  if (node && 'commentBefore' in node && node.commentBefore) created.commentBefore = node.commentBefore;
  return created;
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
