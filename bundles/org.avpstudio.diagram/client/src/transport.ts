// SPDX-License-Identifier: EPL-2.0
import { AvpStatusAction } from './actions';

/**
 * How the diagram client reaches the diagram server in the Java process. Inside Eclipse the page runs in an SWT
 * Browser (address ending in `?eclipse`) that defines `avpToJava` (a BrowserFunction) and calls `avpFromJava`
 * with the server's messages; in a
 * plain browser (`avp diagram --serve`) each message is POSTed to `/action` and the answer carries the replies.
 */
export interface Transport {
    send(message: string): void;
    onMessage(receiver: (message: string) => void): void;
    readonly embedded: boolean;
}

declare global {
    interface Window {
        avpToJava?: (message: string) => unknown;
        avpFromJava?: (message: string) => void;
    }
}

class EclipseTransport implements Transport {
    readonly embedded = true;
    private receiver: (message: string) => void = message => { this.early.push(message); };
    private readonly early: string[] = [];

    constructor() {
        window.avpFromJava = message => this.receiver(message);
    }

    send(message: string): void {
        // the view defines its BrowserFunction once the page is loaded: messages sent before wait for it
        if (typeof window.avpToJava === 'function') {
            window.avpToJava(message);
        } else {
            setTimeout(() => this.send(message), 20);
        }
    }

    onMessage(receiver: (message: string) => void): void {
        this.receiver = receiver;
        this.early.splice(0).forEach(receiver);
    }
}

class HttpTransport implements Transport {
    readonly embedded = false;
    private receiver: (message: string) => void = () => undefined;
    private queue: Promise<void> = Promise.resolve();

    send(message: string): void {
        // one request at a time, so that the server sees the actions in the order the user made them
        this.queue = this.queue.then(() => fetch('action', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: message })
            .then(response => response.ok
                ? response.json().then((replies: unknown[]) => replies.forEach(reply => this.receiver(JSON.stringify(reply))))
                : response.text().then(reason => this.status('the diagram server refused the message (' + response.status + '): ' + reason)))
            .catch(error => this.status('the diagram server is not reachable (' + error + ')')));
    }

    /** An error shown as the server's status would be. */
    private status(message: string): void {
        this.receiver(JSON.stringify({ action: AvpStatusAction.create('error', message) }));
    }

    onMessage(receiver: (message: string) => void): void {
        this.receiver = receiver;
    }
}

/** The page opened by the Eclipse view has `?eclipse` in its address. */
export function connect(): Transport {
    return location.search.indexOf('eclipse') >= 0 || typeof window.avpToJava === 'function' ? new EclipseTransport() : new HttpTransport();
}
