export interface LensLabel {
  id: string;
  label: string;
}
