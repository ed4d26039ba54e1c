/**
 * Resource files the build's validator has already read and parsed, handed to the content loader
 * (src/loaders/markdown-files.ts) so that each file is read and its YAML parsed once per build, on the
 * validator's thread, while the loader checks them against the schema on the main thread. At 50,000
 * entries the parse took 3.4 s of the main thread, its one busy core during `astro build`.
 */

/** A resource file as parseResource (read.ts) reads it: its front matter, description and raw YAML. */
export interface ParsedResource {
  data: Record<string, unknown>;
  body: string;
  yaml: string;
}

/** The parsed files by absolute path, as they arrive from the validator's thread. */
export class ParsedResources {
  private readonly arrived = new Map<string, ParsedResource>();
  private readonly waiting = new Map<string, (parsed: ParsedResource | undefined) => void>();
  private ended = false;

  /** A file the validator parsed. */
  add(path: string, parsed: ParsedResource): void {
    const waiter = this.waiting.get(path);
    if (waiter) {
      this.waiting.delete(path);
      waiter(parsed);
    } else if (!this.ended) {
      this.arrived.set(path, parsed);
    }
  }

  /** No more files will come (all were read, or the validator stopped): those still awaited are not coming. */
  end(): void {
    this.ended = true;
    for (const waiter of this.waiting.values()) waiter(undefined);
    this.waiting.clear();
  }

  /**
   * The parsed file, once it arrives; undefined when it will not (the validator could not parse it, or
   * did not read it): the loader then reads it itself. Each file is given once, and then forgotten.
   */
  take(path: string): Promise<ParsedResource | undefined> {
    const parsed = this.arrived.get(path);
    if (parsed) {
      this.arrived.delete(path);
      return Promise.resolve(parsed);
    }
    if (this.ended) return Promise.resolve(undefined);
    return new Promise((resolve) => this.waiting.set(path, resolve));
  }
}

/** What the validator's thread posts: batches of parsed resources, then the end of them, then its report. */
export type ValidatorMessage<R> =
  | { kind: 'resources'; resources: [string, ParsedResource][] }
  | { kind: 'resources-end' }
  | { kind: 'report'; report: R };
