/**
 * Fix script "Okta JML: add the onboarding incident category": adds incident category "Okta" (okta) and its
 * subcategory "Okta onboarding approval" (onboarding_approval) when they are missing, and changes nothing
 * else. It is a script rather than sys_choice records in the app because an update set carries an element's
 * choices as one list: installing a list holding only these two would replace the instance's own incident
 * categories. Run it once after installing (System Definition > Fix Scripts); running it again is harmless.
 */
;(function addOnboardingChoices() {
  var choices = [
    { element: 'category', value: 'okta', label: 'Okta', sequence: 900, dependent: '' },
    {
      element: 'subcategory',
      value: 'onboarding_approval',
      label: 'Okta onboarding approval',
      sequence: 100,
      dependent: 'okta',
    },
  ]
  choices.forEach(function addChoice(choice) {
    var existing = new GlideRecord('sys_choice')
    existing.addQuery('name', 'incident')
    existing.addQuery('element', choice.element)
    existing.addQuery('value', choice.value)
    existing.addQuery('language', 'en')
    existing.query()
    if (existing.next()) {
      gs.info('Okta JML: incident ' + choice.element + ' ' + choice.value + ' already exists')
      return
    }
    var record = new GlideRecord('sys_choice')
    record.initialize()
    record.setValue('name', 'incident')
    record.setValue('element', choice.element)
    record.setValue('value', choice.value)
    record.setValue('label', choice.label)
    record.setValue('language', 'en')
    record.setValue('sequence', choice.sequence)
    record.setValue('inactive', false)
    if (choice.dependent) record.setValue('dependent_value', choice.dependent)
    record.insert()
    gs.info('Okta JML: added incident ' + choice.element + ' ' + choice.value)
  })
})()
