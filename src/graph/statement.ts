/** A parameterised Cypher statement: what every builder in src/graph returns. */
export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}
