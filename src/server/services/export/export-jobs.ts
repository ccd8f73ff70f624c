// Exports run as jobs in the background of this server process: the page starts one, polls its
// progress (documents rendered of all) and downloads the file when it is ready. Rendering yields
// to the event loop between documents, so other people's requests are answered meanwhile.
// Only the person who started a job sees it; finished jobs are kept for 15 minutes.
import { randomUUID } from "node:crypto";
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { AppError, notFound } from "../../errors.ts";
import { buildExport } from "./build-export.ts";
import { exportFilter, type ExportRequest } from "./export-input.ts";
import { exportFileName, renderExport, scopeText } from "./render-export.ts";

const KEEP_MS = 15 * 60_000;
const RUNNING_PER_USER = 2;
const KEPT_PER_USER = 5;

interface Job {
  id: string;
  ownerId: string;
  format: ExportRequest["format"];
  state: "running" | "done" | "failed";
  phase: "loading" | "rendering" | "finished";
  done: number;
  total: number;
  fileName: string | null;
  contentType: string | null;
  body: string | Uint8Array | null;
  error: string | null;
  startedAt: number;
  finishedAt: number | null;
}

export interface ExportJobView {
  id: string;
  format: string;
  state: Job["state"];
  phase: Job["phase"];
  done: number;
  total: number;
  fileName: string | null;
  fileUrl: string | null;
  error: string | null;
}

// One store per process, kept across module reloads in development.
const store = globalThis as unknown as { __saringExportJobs?: Map<string, Job> };
const jobs = (store.__saringExportJobs ??= new Map<string, Job>());

function sweep(now = Date.now()): void {
  for (const [id, job] of jobs) if (job.finishedAt !== null && now - job.finishedAt > KEEP_MS) jobs.delete(id);
}

function view(job: Job): ExportJobView {
  return {
    id: job.id,
    format: job.format,
    state: job.state,
    phase: job.phase,
    done: job.done,
    total: job.total,
    fileName: job.fileName,
    fileUrl: job.state === "done" ? `/api/v1/exports/${job.id}/file` : null,
    error: job.error,
  };
}

async function run(job: Job, actor: CurrentUser, request: ExportRequest): Promise<void> {
  try {
    const filter = exportFilter(request);
    const data = await buildExport(actor, filter);
    job.phase = "rendering";
    job.total = data.documents.length;
    const { body, contentType } = await renderExport(request.format, data, scopeText(filter, data), {
      progress: (done) => {
        job.done = done;
      },
    });
    Object.assign(job, { body, contentType, fileName: exportFileName(request.format, filter, data), state: "done", done: job.total });
  } catch (err) {
    job.state = "failed";
    job.error = err instanceof AppError ? err.message : "The export failed on the server.";
    if (!(err instanceof AppError)) console.error(`[saring] export job failed: ${err instanceof Error ? err.name : typeof err}`);
  } finally {
    job.phase = "finished";
    job.finishedAt = Date.now();
  }
}

export function startExportJob(actor: CurrentUser, request: ExportRequest): ExportJobView {
  authorize(actor, "document.export");
  sweep();
  const finished = [...jobs.values()].filter((j) => j.ownerId === actor.id && j.finishedAt !== null).sort((a, b) => a.finishedAt! - b.finishedAt!);
  for (const old of finished.slice(0, Math.max(0, finished.length - (KEPT_PER_USER - 1)))) jobs.delete(old.id);
  const running = [...jobs.values()].filter((j) => j.ownerId === actor.id && j.state === "running").length;
  if (running >= RUNNING_PER_USER) throw new AppError("rate_limited", `You already have ${running} exports running; wait for one to finish.`, { retryAfter: 5 });
  const job: Job = {
    id: randomUUID(),
    ownerId: actor.id,
    format: request.format,
    state: "running",
    phase: "loading",
    done: 0,
    total: 0,
    fileName: null,
    contentType: null,
    body: null,
    error: null,
    startedAt: Date.now(),
    finishedAt: null,
  };
  jobs.set(job.id, job);
  void run(job, actor, request);
  return view(job);
}

function ownJob(actor: CurrentUser, id: string): Job {
  authorize(actor, "document.export");
  const job = jobs.get(id);
  // Someone else's job is reported as missing, not as forbidden: ids reveal nothing.
  if (!job || job.ownerId !== actor.id) throw notFound("This export");
  return job;
}

export function exportJobStatus(actor: CurrentUser, id: string): ExportJobView {
  return view(ownJob(actor, id));
}

export function exportJobFile(actor: CurrentUser, id: string): { body: string | Uint8Array; contentType: string; fileName: string } {
  const job = ownJob(actor, id);
  if (job.state === "failed") throw new AppError("conflict", `This export failed: ${job.error}`);
  if (job.state !== "done" || job.body === null) throw new AppError("conflict", "This export is not ready yet.");
  return { body: job.body, contentType: job.contentType!, fileName: job.fileName! };
}
