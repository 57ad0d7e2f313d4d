/**
 * HtmlService: HtmlOutput objects and files from the built dist/ folder (the sidebar is one
 * self-contained file there, as `clasp push` uploads it).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {Runtime} from './runtime';

export class HtmlOutput {
  private title = '';
  private width?: number;
  private height?: number;
  private meta: Array<{name: string; content: string}> = [];

  constructor(
    private readonly rt: Runtime,
    private content: string,
  ) {}

  private g(method: string): void {
    this.rt.guard('HtmlOutput', method, 'free');
  }
  getContent(): string {
    this.g('getContent');
    return this.content;
  }
  setContent(content: string): HtmlOutput {
    this.g('setContent');
    this.content = String(content);
    return this;
  }
  append(addedContent: string): HtmlOutput {
    this.g('append');
    this.content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): HtmlOutput {
    this.g('appendUntrusted');
    this.content += String(addedContent).replace(
      /[&<>"']/g,
      ch => `&#${ch.charCodeAt(0)};`,
    );
    return this;
  }
  setTitle(title: string): HtmlOutput {
    this.g('setTitle');
    this.title = String(title);
    return this;
  }
  getTitle(): string {
    this.g('getTitle');
    return this.title;
  }
  setWidth(width: number): HtmlOutput {
    this.g('setWidth');
    this.width = width;
    return this;
  }
  getWidth(): number | undefined {
    return this.width;
  }
  setHeight(height: number): HtmlOutput {
    this.g('setHeight');
    this.height = height;
    return this;
  }
  getHeight(): number | undefined {
    return this.height;
  }
  setSandboxMode(mode: unknown): HtmlOutput {
    this.g('setSandboxMode');
    void mode;
    return this;
  }
  setXFrameOptionsMode(mode: unknown): HtmlOutput {
    this.g('setXFrameOptionsMode');
    void mode;
    return this;
  }
  setFaviconUrl(url: string): HtmlOutput {
    this.g('setFaviconUrl');
    void url;
    return this;
  }
  addMetaTag(name: string, content: string): HtmlOutput {
    this.g('addMetaTag');
    this.meta.push({name, content});
    return this;
  }
}

export class HtmlService {
  readonly SandboxMode = {
    IFRAME: 'IFRAME',
    NATIVE: 'NATIVE',
    EMULATED: 'EMULATED',
  };
  readonly XFrameOptionsMode = {ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT'};

  constructor(
    private readonly rt: Runtime,
    private readonly dir: string,
  ) {}

  createHtmlOutput(html?: string): HtmlOutput {
    this.rt.guard('HtmlService', 'createHtmlOutput', 'free');
    return new HtmlOutput(this.rt, html === undefined ? '' : String(html));
  }
  createHtmlOutputFromFile(filename: string): HtmlOutput {
    this.rt.guard('HtmlService', 'createHtmlOutputFromFile', 'free');
    const name = String(filename).replace(/\.html$/, '');
    const file = path.join(this.dir, `${name}.html`);
    if (!/^[\w.-]+$/.test(name) || !fs.existsSync(file)) {
      throw this.rt.error(`No HTML file named ${name} was found.`);
    }
    return new HtmlOutput(this.rt, fs.readFileSync(file, 'utf8'));
  }
}
