// SPDX-License-Identifier: EPL-2.0
import { IActionDispatcher } from 'sprotty';
import { AvpEditAction } from './actions';
import generatedKinds from './palette.generated.json';

/** A device kind the palette offers: label, metamodel class, base name of a new device, targets that generate it. */
interface DeviceKind {
    label: string;
    deviceClass: string;
    baseName: string;
    targets: string[];
}

/** Written from the metamodel's device facts by the bundle's build (ClientPalette.java), never by hand. */
export const DEVICE_KINDS: DeviceKind[] = generatedKinds;

const LEVELS = ['QM', 'ASIL-A', 'ASIL-B', 'ASIL-C', 'ASIL-D'];

function generatedBy(kind: DeviceKind): string {
    return kind.targets.length ? 'generated for ' + kind.targets.join(', ') : 'in no generated hypervisor configuration';
}

/**
 * The HTML palette of the browser page (inside Eclipse the view's toolbar is the palette): create VMs, devices and
 * vsock channels; criticality, memory, rename, delete on the selected VM.
 */
export class Palette {
    private selected?: string;

    constructor(private readonly dispatcher: IActionDispatcher) {
    }

    install(host: HTMLElement): void {
        host.innerHTML = `<b>Palette</b>
            <button data-action="add-vm" title="Add a virtual machine">Add VM</button>
            <select id="kind" title="Device kind">${DEVICE_KINDS.map(k => `<option value="${k.deviceClass}" data-name="${k.baseName}" title="${generatedBy(k)}">${k.label}</option>`).join('')}</select>
            <button data-action="add-device">Add device to selected VM</button>
            <button data-action="connect">vsock from selected VM to…</button>
            <select id="criticality" title="Criticality">${LEVELS.map(l => `<option>${l}</option>`).join('')}</select>
            <button data-action="criticality">Set criticality</button>
            <button data-action="memory">Memory…</button>
            <button data-action="rename">Rename…</button>
            <button data-action="delete">Delete VM</button>
            <span id="selection">nothing selected</span><span id="status"></span>`;
        const on = (action: string, run: () => void) => host.querySelector<HTMLButtonElement>(`[data-action=${action}]`)!.onclick = run;
        const kind = host.querySelector<HTMLSelectElement>('#kind')!;
        on('add-vm', () => this.edit({ kind: 'addVm' }));
        on('add-device', () => this.onVm(vm => this.edit({ kind: 'addDevice', vm, deviceClass: kind.value, name: kind.selectedOptions[0].dataset.name ?? '' })));
        on('connect', () => this.onVm(vm => this.ask('vsock channel from ' + vm + ' to VM:', '', to => this.edit({ kind: 'addVsockChannel', vm, to }))));
        on('criticality', () => this.onVm(vm => this.edit({ kind: 'setCriticality', vm,
            criticality: host.querySelector<HTMLSelectElement>('#criticality')!.value })));
        on('memory', () => this.onVm(vm => this.ask('Memory of ' + vm + ' in MiB:', '1024', mebibytes => this.edit({ kind: 'setMemory', vm, mebibytes }))));
        on('rename', () => this.onVm(vm => this.ask('New name of ' + vm + ':', vm, name => this.edit({ kind: 'renameVm', vm, name }))));
        on('delete', () => this.onVm(vm => this.edit({ kind: 'deleteVm', vm })));
    }

    /** The selected element's id, or none. */
    select(id: string | undefined): void {
        this.selected = id;
        const label = document.getElementById('selection');
        if (label) {
            label.textContent = id ? 'selected: ' + id : 'nothing selected';
        }
    }

    private onVm(run: (vm: string) => void): void {
        if (this.selected?.startsWith('vm:') && this.selected.indexOf('/') < 0) {
            run(this.selected.substring(3));
        } else {
            status('info', 'select a VM first');
        }
    }

    private ask(question: string, initial: string, then: (answer: string) => void): void {
        const answer = window.prompt(question, initial);
        if (answer && answer.trim()) {
            then(answer.trim());
        }
    }

    private edit(action: AvpEditAction): void {
        status('info', 'saving…');
        this.dispatcher.dispatch(action);
    }
}

/** Shows the server's answer to an edit; `body[data-edits]` counts the answers (tests wait on it). */
export function status(severity: string, message: string): void {
    const label = document.getElementById('status');
    if (label) {
        label.textContent = message;
        label.className = severity;
    }
}
