// SPDX-License-Identifier: EPL-2.0
import { Action } from 'sprotty-protocol';

/*
 * The palette's and the drags' edits, one action per kind of edit, as the server's records take them
 * (org.avpstudio.diagram.sprotty.PaletteEdit): each names the VM it works on and its own values as the user gave them.
 */

export interface AddVmAction extends Action {
    kind: 'addVm';
}

export interface AddDeviceAction extends Action {
    kind: 'addDevice';
    vm: string;
    /** The device's metamodel class, e.g. EntropyDevice. */
    deviceClass: string;
    /** The base of the new device's name (rng: rng0, rng1, ...). */
    name: string;
}

export interface AddVsockChannelAction extends Action {
    kind: 'addVsockChannel';
    vm: string;
    to: string;
}

export interface MoveDeviceAction extends Action {
    kind: 'moveDevice';
    vm: string;
    device: string;
    to: string;
}

export interface RenameVmAction extends Action {
    kind: 'renameVm';
    vm: string;
    name: string;
}

export interface DeleteVmAction extends Action {
    kind: 'deleteVm';
    vm: string;
}

export interface SetCriticalityAction extends Action {
    kind: 'setCriticality';
    vm: string;
    criticality: string;
}

export interface SetMemoryAction extends Action {
    kind: 'setMemory';
    vm: string;
    /** As typed; the server refuses what is not a positive number of MiB. */
    mebibytes: string;
}

export type AvpEditAction = AddVmAction | AddDeviceAction | AddVsockChannelAction | MoveDeviceAction | RenameVmAction | DeleteVmAction
    | SetCriticalityAction | SetMemoryAction;

export namespace AvpEditAction {
    /** Every edit's kind: the server proxy forwards these. */
    export const KINDS: AvpEditAction['kind'][] = ['addVm', 'addDevice', 'addVsockChannel', 'moveDevice', 'renameVm', 'deleteVm', 'setCriticality', 'setMemory'];
}

/** The server's word on the last edit: done, or why it was refused. */
export interface AvpStatusAction extends Action {
    kind: typeof AvpStatusAction.KIND;
    severity: 'info' | 'error';
    message: string;
}

export namespace AvpStatusAction {
    export const KIND = 'avpStatus';

    export function create(severity: AvpStatusAction['severity'], message: string): AvpStatusAction {
        return { kind: KIND, severity, message };
    }
}
