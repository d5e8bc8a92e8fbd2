// SPDX-License-Identifier: EPL-2.0
import 'reflect-metadata';
import { ActionHandlerRegistry, IActionDispatcher, IActionHandler, TYPES } from 'sprotty';
import { Action, FitToScreenAction, RequestModelAction, SelectAction, SelectAllAction } from 'sprotty-protocol';
import { AvpStatusAction } from './actions';
import { createContainer } from './di.config';
import { Palette, status } from './palette';
import { AvpServerProxy } from './server-proxy';

/** Entry point of the diagram page: starts Sprotty on #avp-diagram and asks the server for the platform. */
// script errors are kept on the page (body[data-errors]) for bug reports and tests
const recordError = (text: string) => { document.body.dataset.errors = (document.body.dataset.errors ?? '') + text + '\n'; };
window.addEventListener('error', event => recordError(String(event.message)));
window.addEventListener('unhandledrejection', event => recordError(String(event.reason)));
const container = createContainer();
const dispatcher = container.get<IActionDispatcher>(TYPES.IActionDispatcher);
const proxy = container.get<AvpServerProxy>(TYPES.ModelSource);
const palette = new Palette(dispatcher);
const paletteHost = document.getElementById('palette')!;
if (proxy.embedded) {
    paletteHost.remove(); // the Eclipse view's toolbar is the palette there
} else {
    palette.install(paletteHost);
}

/** Follows the selection for the palette, and counts the server's answers in body[data-edits]. */
class PageState implements IActionHandler {
    private readonly selected = new Set<string>();

    handle(action: Action): void {
        if (action.kind === SelectAction.KIND) {
            const select = action as SelectAction;
            select.deselectedElementsIDs.forEach(id => this.selected.delete(id));
            select.selectedElementsIDs.forEach(id => this.selected.add(id));
            palette.select([...this.selected].pop());
        } else if (action.kind === SelectAllAction.KIND) {
            this.selected.clear();
            palette.select(undefined);
        } else if (action.kind === AvpStatusAction.KIND) {
            const answer = action as AvpStatusAction;
            status(answer.severity, answer.message);
            document.body.dataset.edits = String(Number(document.body.dataset.edits ?? 0) + 1);
        } else if (action.kind === 'setModel') {
            dispatcher.dispatch(FitToScreenAction.create([], { padding: 20, maxZoom: 1, animate: false }));
        }
    }
}

const registry = container.get<ActionHandlerRegistry>(ActionHandlerRegistry);
const state = new PageState();
[SelectAction.KIND, SelectAllAction.KIND, AvpStatusAction.KIND, 'setModel'].forEach(kind => registry.register(kind, state));
dispatcher.dispatch(RequestModelAction.create());
// a larger view (a maximized part, a resized window) shows the diagram larger again, up to its natural size
let resizing: number | undefined;
window.addEventListener('resize', () => {
    clearTimeout(resizing);
    resizing = window.setTimeout(() => dispatcher.dispatch(FitToScreenAction.create([], { padding: 20, maxZoom: 1, animate: false })), 150);
});
