import { Action } from 'sprotty-protocol';

/** A palette or drag edit for the server to apply to the .avp model (through the serializer). */
export interface AvpEditAction extends Action {
    kind: typeof AvpEditAction.KIND;
    op: 'addVm' | 'addDevice' | 'addChannel' | 'moveDevice' | 'rename' | 'delete' | 'criticality' | 'memory';
    vm?: string;
    kind_?: string;
    name?: string;
    device?: string;
    to?: string;
    value?: string;
}

export namespace AvpEditAction {
    export const KIND = 'avpEdit';
    export function create(op: AvpEditAction['op'], values: Omit<Partial<AvpEditAction>, 'kind' | 'op'> = {}): AvpEditAction {
        return { kind: KIND, op, ...values };
    }
}

/** The server's word on the last edit: done, or why it was refused. */
export interface AvpStatusAction extends Action {
    kind: typeof AvpStatusAction.KIND;
    severity: 'info' | 'error';
    message: string;
}

export namespace AvpStatusAction {
    export const KIND = 'avpStatus';
}
