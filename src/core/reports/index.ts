export * from './volunteerCertificate';
export * from './pdfRequest';
