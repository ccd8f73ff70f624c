// Pure: the full Prisma schema for one engine = a generated header + the shared models.
export const ENGINES = ["sqlite", "postgresql"] as const;
export type Engine = (typeof ENGINES)[number];

export function renderSchema(engine: Engine, models: string): string {
  return `// GENERATED from prisma/models.prisma by \`npm run prisma:schemas\`. Do not edit.

generator client {
  provider     = "prisma-client"
  output       = "../../src/generated/prisma/${engine}"
  runtime      = "nodejs"
  moduleFormat = "esm"
}

datasource db {
  provider = "${engine}"
}

${models.trimEnd()}
`;
}
