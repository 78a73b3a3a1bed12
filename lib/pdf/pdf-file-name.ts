// A version's PDF file name, in a module of its own: routes that only name the file (an export job's stored PDF) must not load react-pdf.
export function pdfFileName(cardName: string, version: number): string {
  return `${cardName}-v${version}.pdf`;
}
