// The client type inside an interactive transaction, for data functions that take either.
import type { Db } from "./client.ts";

export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
