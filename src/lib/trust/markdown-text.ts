import { markdownToMdast } from 'satteri';
import { CELL_FEATURES, escapeCellText } from '../markdown';
import { dangerousUrlKind, dangerousUrlMessage } from './urls';

interface Node {
  type: string;
  url?: string;
  children?: Node[];
}

/**
 * Finds dangerous link targets in Markdown text from a CSV cell or a fiche's frontmatter field
 * (`summary`, `description`, `note`): parses it exactly as lib/markdown.ts renders it and returns
 * one French message per `javascript:`, `vbscript:`, `data:` or `//host` link, image or
 * reference definition. The renderer would drop them; the check makes them errors instead, so
 * nothing disappears silently.
 */
export function checkMarkdownText(text: string): string[] {
  // Links, images and definitions all need a `[` (autolinks need `<`, escaped above; GFM's bare
  // autolinks are only http(s), www and e-mail): without one, skip the parse, as most cells do.
  if (!text.includes('[')) return [];
  const tree = markdownToMdast(escapeCellText(text), { features: CELL_FEATURES, position: false }) as unknown as Node;
  const messages: string[] = [];
  const visit = (node: Node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const kind = dangerousUrlKind(node.url ?? '');
      if (kind) messages.push(dangerousUrlMessage(kind, node.type === 'image' ? 'image' : 'lien'));
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return messages;
}
