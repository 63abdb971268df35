using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImplementAll.Platform.Web.Features.Practices.Pages;

/// <summary>
/// Reads a posted <see cref="PracticeInput"/> without validating it. A wizard step posts only its own fields, so
/// validating the whole input would complain about the other steps; the use case checks what is saved, and the page
/// keeps only what binding itself could not read (letters in a year). <c>[ValidateNever]</c> on a bound page property
/// does not stop validation of the property itself, hence a binder run by hand. Entries it binds stay unvalidated, so
/// callers look at <c>ModelState.ErrorCount</c> rather than <c>IsValid</c>.
/// </summary>
public static class FormBinding
{
    public static async Task<PracticeInput> BindPracticeInputAsync(this PageModel page, string prefix)
    {
        var metadata = page.MetadataProvider.GetMetadataForType(typeof(PracticeInput));
        var binder = page.HttpContext.RequestServices.GetRequiredService<IModelBinderFactory>()
            .CreateBinder(new ModelBinderFactoryContext { Metadata = metadata, CacheToken = metadata });
        var values = await CompositeValueProvider.CreateAsync(page.PageContext, page.PageContext.ValueProviderFactories);
        var context = DefaultModelBindingContext.CreateBindingContext(page.PageContext, values, metadata, bindingInfo: null, modelName: prefix);
        context.Model = new PracticeInput();
        await binder.BindModelAsync(context);
        return context.Result is { IsModelSet: true, Model: PracticeInput input } ? input : new PracticeInput();
    }
}
