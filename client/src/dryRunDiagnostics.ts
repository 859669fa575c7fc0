// Dry-run findings in the editor (the 'sluice-dry-run' collection): the locks a statement took and what they
// block, rewrites with their time, the error at its token. They describe the file as it was run, so the first
// edit of that file clears them.
import * as vscode from 'vscode';
import { DryRunDocument, findings } from './panel/model';

const SEVERITY = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
} as const;

export class DryRunDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('sluice-dry-run');
  private readonly subscription = vscode.workspace.onDidChangeTextDocument((event) => {
    if (event.contentChanges.length > 0 && this.collection.has(event.document.uri)) {
      this.collection.delete(event.document.uri);
    }
  });

  show(uri: vscode.Uri, document: DryRunDocument): void {
    this.collection.set(
      uri,
      findings(document).map((f) => {
        const r = f.range;
        const diagnostic = new vscode.Diagnostic(
          new vscode.Range(r.startLine, r.startCharacter, r.endLine, r.endCharacter),
          f.message,
          SEVERITY[f.severity],
        );
        diagnostic.source = 'sluice dry-run';
        return diagnostic;
      }),
    );
  }

  clear(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}
