/* The pay page: Stripe.js collects the card; this site creates and confirms the PaymentIntent.
 *
 * 1. POST intent/   → the request's PaymentIntent (one per attempt, reused on a double click)
 * 2. Stripe.js turns the card element into a payment method id (card details never reach us)
 * 3. POST confirm/  → the site confirms the payment with Stripe and answers with its status
 * 4. If the bank asks for 3-D Secure, Stripe.js runs it (confirmCardPayment)
 * 5. Go to return/, where the site asks Stripe itself whether the payment went through.
 *
 * Configuration and translated messages come from the form's data- attributes.
 */
(function () {
    "use strict";

    var form = document.getElementById("payment-form");
    if (!form) {
        return;
    }
    var config = form.dataset;
    var button = form.querySelector("button[type=submit]");
    var message = document.getElementById("payment-message");

    function show(text) {
        message.textContent = text || "";
    }

    if (typeof window.Stripe !== "function") {
        show(config.messageUnavailable);
        button.disabled = true;
        return;
    }

    var stripe = window.Stripe(config.stripeKey);
    var card = stripe.elements().create("card");
    card.mount("#card-element");

    function PaymentProblem(text) {
        this.message = text;
    }

    async function post(url, fields) {
        var response = await fetch(url, {
            method: "POST",
            credentials: "same-origin",
            headers: {"X-CSRFToken": form.querySelector("input[name=csrfmiddlewaretoken]").value},
            body: new URLSearchParams(fields || {})
        });
        var answer = await response.json().catch(function () { return {}; });
        if (!response.ok) {
            throw new PaymentProblem(answer.message || config.messageError);
        }
        return answer;
    }

    async function paymentMethodId() {
        // Stripe.js makes a PaymentMethod. localstripe's stand-in has no createPaymentMethod, but the
        // card of a token is accepted as a payment method too (by Stripe as well).
        var created = await stripe.createPaymentMethod({type: "card", card: card});
        if (created && created.paymentMethod) {
            return created.paymentMethod.id;
        }
        if (created && created.error) {
            throw new PaymentProblem(config.messageCard);
        }
        var tokenised = await stripe.createToken(card);
        if (!tokenised || tokenised.error || !tokenised.token) {
            throw new PaymentProblem(config.messageCard);
        }
        return tokenised.token.card.id;
    }

    async function authenticate(state) {
        var result = await stripe.confirmCardPayment(state.client_secret);
        var status = result && result.paymentIntent && result.paymentIntent.status;
        if (!result || result.error || (status !== "succeeded" && status !== "processing")) {
            throw new PaymentProblem(config.messageAuthentication);
        }
        // Whatever Stripe.js says, the return page asks Stripe before showing the request as paid.
        return {status: "processing", return_url: state.return_url};
    }

    async function pay() {
        var state = await post(config.intentUrl);
        if (state.status === "requires-payment") {
            var method = await paymentMethodId();
            state = await post(config.confirmUrl, {payment_intent: state.payment_intent, payment_method: method});
        }
        if (state.status === "requires-action") {
            state = await authenticate(state);
        }
        if (state.status === "succeeded" || state.status === "processing") {
            window.location.assign(state.return_url);
            return true;
        }
        throw new PaymentProblem(state.message || config.messageError);
    }

    form.addEventListener("submit", async function (event) {
        event.preventDefault();
        if (button.disabled) {
            return;
        }
        button.disabled = true;
        form.setAttribute("aria-busy", "true");
        show(config.messageWorking);
        var leaving = false;
        try {
            leaving = await pay();
        } catch (problem) {
            show(problem instanceof PaymentProblem ? problem.message : config.messageError);
        } finally {
            if (!leaving) {
                button.disabled = false;
                form.removeAttribute("aria-busy");
            }
        }
    });
}());
