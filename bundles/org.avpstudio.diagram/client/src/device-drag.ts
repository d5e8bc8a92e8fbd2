// SPDX-License-Identifier: EPL-2.0
import { injectable } from 'inversify';
import { MouseListener, MoveMouseListener, SModelElementImpl } from 'sprotty';
import { Action } from 'sprotty-protocol';
import { MoveDeviceAction } from './actions';

/** A device row's id is `<vm box id>/device/<device name>`. */
export function deviceOf(element: SModelElementImpl | undefined): { vm: string, device: string } | undefined {
    const at = element?.id.indexOf('/device/') ?? -1;
    if (!element || at < 0 || !element.id.startsWith('vm:')) {
        return undefined;
    }
    return { vm: element.id.substring(3, at), device: element.id.substring(at + 8) };
}

function vmOf(element: SModelElementImpl): string | undefined {
    for (let e: SModelElementImpl | undefined = element; e; e = (e as any).parent) {
        if (e.type === 'node:vm') {
            return e.id.substring(3);
        }
    }
    return undefined;
}

/** Boxes move freely, except when the drag starts on a device row: that drags the device, not its VM. */
@injectable()
export class AvpMoveMouseListener extends MoveMouseListener {
    override mouseDown(target: SModelElementImpl, event: MouseEvent): (Action | Promise<Action>)[] {
        if (deviceOf(target)) {
            this.startDragPosition = undefined;
            return [];
        }
        return super.mouseDown(target, event);
    }
}

/** Drop a device row on another VM: the device moves there (the server refuses a clash of names). */
@injectable()
export class DeviceDragListener extends MouseListener {
    private dragged?: { vm: string, device: string };

    override mouseDown(target: SModelElementImpl, event: MouseEvent): Action[] {
        this.dragged = event.button === 0 ? deviceOf(target) : undefined;
        return [];
    }

    override mouseUp(target: SModelElementImpl, event: MouseEvent): Action[] {
        const dragged = this.dragged;
        this.dragged = undefined;
        const to = vmOf(target);
        if (dragged && to && to !== dragged.vm) {
            const move: MoveDeviceAction = { kind: 'moveDevice', vm: dragged.vm, device: dragged.device, to };
            return [move];
        }
        return [];
    }
}
