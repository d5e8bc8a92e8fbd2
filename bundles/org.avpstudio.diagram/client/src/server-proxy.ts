// SPDX-License-Identifier: EPL-2.0
import { injectable } from 'inversify';
import { ActionHandlerRegistry, DiagramServerProxy, ICommand } from 'sprotty';
import { Action, ActionMessage, MoveAction, SelectAction, SelectAllAction } from 'sprotty-protocol';
import { AvpEditAction } from './actions';
import { connect, Transport } from './transport';

/**
 * The client end of the diagram server: besides Sprotty's own requests (model, popup, open) it forwards the
 * selection, finished moves (so that moved boxes stay where the user put them) and the palette's edits.
 */
@injectable()
export class AvpServerProxy extends DiagramServerProxy {
    private readonly transport: Transport = connect();

    override initialize(registry: ActionHandlerRegistry): void {
        super.initialize(registry);
        registry.register(SelectAction.KIND, this);
        registry.register(SelectAllAction.KIND, this);
        registry.register(MoveAction.KIND, this);
        AvpEditAction.KINDS.forEach(kind => registry.register(kind, this));
        this.transport.onMessage(message => this.messageReceived(message));
    }

    override handle(action: Action): void | ICommand | Action {
        if (action.kind === MoveAction.KIND && !(action as MoveAction).finished) {
            return; // only where the drag ends matters to the server
        }
        return super.handle(action);
    }

    protected sendMessage(message: ActionMessage): void {
        this.transport.send(JSON.stringify(message));
    }

    get embedded(): boolean {
        return this.transport.embedded;
    }
}
