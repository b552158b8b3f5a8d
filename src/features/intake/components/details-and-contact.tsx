import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import type { IntakeFieldErrors, IntakeValues } from "../schemas";

/** The optional description and how IT reaches the nurse (prefilled from her profile and the device's QR code). */
export function DetailsAndContact({ values, fields }: { values: IntakeValues; fields: IntakeFieldErrors }) {
  return (
    <>
      <TextAreaField
        name="details"
        label="Details (optional)"
        hint="What happened, what you tried, any message on the screen. No patient names, record numbers or dates of birth."
        defaultValue={values.details}
        errors={fields.details}
      />
      <TextField
        name="callbackNumber"
        label="Callback number"
        hint="Where IT can reach you about this, for example ext. 4412."
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        required
        defaultValue={values.callbackNumber}
        errors={fields.callbackNumber}
      />
      <TextField
        name="assetTag"
        label="Asset tag (optional)"
        hint="The code on the device’s sticker, for example PRN-4W-MED-01. A known device tells us where it is."
        autoCapitalize="characters"
        spellCheck={false}
        defaultValue={values.assetTag}
        errors={fields.assetTag}
      />
    </>
  );
}
